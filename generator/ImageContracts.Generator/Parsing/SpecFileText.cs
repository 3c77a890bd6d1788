namespace ImageContracts.Generator.Parsing;

/// <summary>
/// One spec file's text. <see cref="Order"/> decides merge precedence: the bundled spec has 0,
/// consumer files default to 100; ties go by path.
/// </summary>
internal sealed record SpecFileText(string Path, string Text, int Order);
