using System;
using System.Collections.Generic;

namespace ImageContracts;

/// <summary>
/// A request's parameters by wire name, in the order they are sent: what generated requests hand to the validator, the
/// cost calculator and <see cref="RequestBodyWriter"/>. Unset optional parameters are simply absent.
/// </summary>
public sealed class RequestParameters : Dictionary<string, object?>
{
    /// <summary>Creates an empty parameter set.</summary>
    public RequestParameters()
        : base(StringComparer.Ordinal)
    {
    }

    /// <summary>Adds a parameter the API requires: always sent.</summary>
    /// <param name="wireName">The wire name (dotted for a field of an object parameter, such as <c>svg.model</c>).</param>
    /// <param name="value">The value.</param>
    public RequestParameters Required(string wireName, object value)
    {
        Add(wireName, value);
        return this;
    }

    /// <summary>Adds an optional parameter when it is set: neither null nor an empty list.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="value">The value, or null when unset.</param>
    public RequestParameters Optional(string wireName, object? value)
    {
        if (value is not null and not System.Collections.ICollection { Count: 0 } and not IReadOnlyCollection<object> { Count: 0 })
        {
            Add(wireName, value);
        }

        return this;
    }

    /// <summary>A request's parameters with others set over them, as a sender adds what its call implies (a streaming
    /// call's <c>stream: true</c>): a name already present keeps its place and takes the new value, a new name goes last.</summary>
    /// <param name="parameters">The request's parameters, in wire order.</param>
    /// <param name="added">The parameters to set over them.</param>
    public static RequestParameters With(IReadOnlyDictionary<string, object?> parameters, IReadOnlyDictionary<string, object?> added)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(added);
        var merged = new RequestParameters();
        foreach (var (name, value) in parameters)
        {
            merged.Add(name, value);
        }

        foreach (var (name, value) in added)
        {
            merged[name] = value;
        }

        return merged;
    }

    /// <summary>Adds an optional enum-like parameter by its wire text when it is set.</summary>
    /// <param name="wireName">The wire name.</param>
    /// <param name="value">The value, or null when unset.</param>
    /// <param name="toWire">The value's wire text.</param>
    public RequestParameters Optional<T>(string wireName, T? value, Func<T, string> toWire)
        where T : struct
    {
        ArgumentNullException.ThrowIfNull(toWire);
        return value is { } set ? Required(wireName, toWire(set)) : this;
    }
}
