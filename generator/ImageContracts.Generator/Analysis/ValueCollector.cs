using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ImageContracts.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ImageContracts.Generator.Analysis;

/// <summary>Reads what a request creation, <c>with</c> expression or dictionary literal sets, by wire name.</summary>
internal static class ValueCollector
{
    public static Dictionary<string, AssignedValue> FromCreation(IObjectCreationOperation creation, RequestTarget target, RequestIndex index)
    {
        var values = new Dictionary<string, AssignedValue>(StringComparer.Ordinal);
        foreach (var argument in creation.Arguments)
        {
            // An empty params array (new EditRequest("p")) sets nothing; it reads as unset.
            if (argument.Parameter is null || argument.ArgumentKind == ArgumentKind.DefaultValue
                || (argument.ArgumentKind == ArgumentKind.ParamArray && !(Unwrap(argument.Value) is IArrayCreationOperation { Initializer.ElementValues.Length: > 0 })))
            {
                continue;
            }

            var property = target.Properties.Keys.FirstOrDefault(p => string.Equals(p, argument.Parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (property is not null)
            {
                values[target.Properties[property]] = Read(target.Properties[property], argument, argument.Value, target, index);
            }
        }

        AddInitializer(values, creation.Initializer, target, index);
        return values;
    }

    public static Dictionary<string, AssignedValue> FromInitializer(IObjectOrCollectionInitializerOperation? initializer, RequestTarget target, RequestIndex index)
    {
        var values = new Dictionary<string, AssignedValue>(StringComparer.Ordinal);
        AddInitializer(values, initializer, target, index);
        return values;
    }

    /// <summary>Entries of <c>new Dictionary&lt;string, object?&gt; { ["size"] = "512x512" }</c> or <c>{ { "size", "512x512" } }</c>.</summary>
    public static Dictionary<string, AssignedValue>? FromDictionary(IOperation argument, RequestIndex index)
    {
        if (Unwrap(argument) is not IObjectCreationOperation creation || creation.Arguments.Length > 0)
        {
            return null;
        }

        var values = new Dictionary<string, AssignedValue>(StringComparer.Ordinal);
        foreach (var entry in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
        {
            switch (entry)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true } indexer } assignment
                    when indexer.Arguments.Length == 1 && indexer.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string key }:
                    values[key] = Read(key, assignment, assignment.Value, null, index);
                    break;
                case IInvocationOperation { Arguments.Length: 2 } add when add.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string addKey }:
                    values[addKey] = Read(addKey, add, add.Arguments[1].Value, null, index);
                    break;
                default:
                    return null; // something we cannot read: judge nothing rather than guess
            }
        }

        return values;
    }

    private static void AddInitializer(Dictionary<string, AssignedValue> values, IObjectOrCollectionInitializerOperation? initializer, RequestTarget target, RequestIndex index)
    {
        if (initializer is null)
        {
            return;
        }

        foreach (var item in initializer.Initializers)
        {
            if (item is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation reference } assignment
                && target.Properties.TryGetValue(reference.Property.Name, out var wire))
            {
                values[wire] = Read(wire, assignment, assignment.Value, target, index);
            }
        }
    }

    private static AssignedValue Read(string wire, IOperation at, IOperation value, RequestTarget? target, RequestIndex index)
    {
        var inner = Unwrap(value);

        // params ImageFile[] images: expanded arguments become an array the compiler builds; any element means "given".
        if (at is IArgumentOperation { ArgumentKind: ArgumentKind.ParamArray })
        {
            return new AssignedValue(wire, at, value, isKnown: false, constant: null, isPresent: true);
        }

        if (inner.ConstantValue.HasValue)
        {
            var constant = inner.ConstantValue.Value;
            if (constant is null)
            {
                return new AssignedValue(wire, at, value, isKnown: true, constant: null, isPresent: false);
            }

            if (inner.Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } enumType)
            {
                var member = enumType.GetMembers().OfType<IFieldSymbol>().FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, constant));
                var wireValue = member is null ? null : WireOfMember(target, wire, member.Name);
                return new AssignedValue(wire, at, value, wireValue is not null, wireValue, isPresent: true);
            }

            return constant switch
            {
                string text => new AssignedValue(wire, at, value, true, text, true),
                bool flag => new AssignedValue(wire, at, value, true, flag, true),
                int or long or short or byte or sbyte or ushort or uint => new AssignedValue(wire, at, value, true, Convert.ToInt64(constant, System.Globalization.CultureInfo.InvariantCulture), true),
                _ => new AssignedValue(wire, at, value, false, null, true),
            };
        }

        // Named sizes of a free-form size type: GptImage2.Size.W2048xH1152.
        if (inner is IPropertyReferenceOperation { Property.IsStatic: true } named && index.FindSize(named.Type) is { } size)
        {
            var match = size.Parameter.Values.FirstOrDefault(v => v.MemberName == named.Property.Name);
            return new AssignedValue(wire, at, value, match is not null, match?.Value, true);
        }

        // new GptImage2.Size(2048, 1152) is judged where it is constructed (once), not again as a request value.
        if (inner is IObjectCreationOperation sizeCreation && index.FindSize(sizeCreation.Type) is not null)
        {
            return new AssignedValue(wire, at, value, isKnown: false, constant: null, isPresent: true);
        }

        return new AssignedValue(wire, at, value, isKnown: false, constant: null, isPresent: IsCertainlyNotNull(inner));
    }

    /// <summary>
    /// A value is certainly sent when it cannot be null: a non-nullable value type, a new object or
    /// array, or an expression whose type the nullable annotations say is not null.
    /// </summary>
    private static bool IsCertainlyNotNull(IOperation value)
    {
        if (value is IObjectCreationOperation or IArrayCreationOperation)
        {
            return true;
        }

        return value.Type switch
        {
            { IsValueType: true } type => type.OriginalDefinition.SpecialType != SpecialType.System_Nullable_T,
            { IsReferenceType: true } type => type.NullableAnnotation == NullableAnnotation.NotAnnotated,
            _ => false,
        };
    }

    private static string? WireOfMember(RequestTarget? target, string wire, string memberName)
        => target?.Endpoint?.Parameters.FirstOrDefault(p => p.Wire == wire)?.Values.FirstOrDefault(v => v.MemberName == memberName)?.Value;

    /// <summary>Looks through implicit conversions (to nullable, to object) to the expression the user wrote.</summary>
    public static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
