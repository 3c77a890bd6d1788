namespace ImageContracts.Generator.Analysis;

/// <summary>Keys of <c>Diagnostic.Properties</c> that tell the code fixes what to do.</summary>
internal static class FixProperties
{
    /// <summary>Replace the offending value with this C# expression.</summary>
    public const string ReplaceWith = "ReplaceWith";

    /// <summary>Remove the offending assignment or dictionary entry.</summary>
    public const string Remove = "Remove";

    /// <summary>Set this property (by C# name) in the same initializer...</summary>
    public const string SetProperty = "SetProperty";

    /// <summary>...to this C# expression (with <see cref="SetProperty"/>).</summary>
    public const string SetValue = "SetValue";

    /// <summary>For dictionaries: the wire key to set, with <see cref="SetValue"/>.</summary>
    public const string SetKey = "SetKey";

    /// <summary>Remove the assignment of this property (by C# name) from the same initializer.</summary>
    public const string RemoveProperty = "RemoveProperty";

    /// <summary>For dictionaries: remove the entry with this wire key from the same initializer.</summary>
    public const string RemoveKey = "RemoveKey";
}
