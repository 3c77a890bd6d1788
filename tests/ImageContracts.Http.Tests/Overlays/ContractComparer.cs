using System.Collections;
using System.Reflection;

namespace ImageContracts.Http.Tests.Overlays;

/// <summary>
/// Compares two contract object graphs member by member (public instance properties, lists item by item, leaves with
/// <see cref="object.Equals(object?)"/>, so a boxed <c>int</c> default differs from a boxed <c>long</c>) and names the
/// path of every difference, e.g. <c>Endpoints[0].Parameters[3].Default: 1 (Int32) vs 1 (Int64)</c>.
/// </summary>
internal static class ContractComparer
{
    public static List<string> Differences(object? expected, object? actual, string path)
    {
        var differences = new List<string>();
        Compare(expected, actual, path, differences);
        return differences;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: {Show(expected)} vs {Show(actual)}");
            }

            return;
        }

        Type type = expected.GetType();
        if (type != actual.GetType())
        {
            differences.Add($"{path}: {Show(expected)} vs {Show(actual)}");
            return;
        }

        if (type.IsPrimitive || type.IsEnum || expected is string or decimal or DateOnly)
        {
            if (!expected.Equals(actual))
            {
                differences.Add($"{path}: {Show(expected)} vs {Show(actual)}");
            }

            return;
        }

        if (expected is IDictionary expectedMap && actual is IDictionary actualMap)
        {
            var keys = expectedMap.Keys.Cast<object>().Concat(actualMap.Keys.Cast<object>()).Distinct();
            foreach (object key in keys)
            {
                Compare(expectedMap.Contains(key) ? expectedMap[key] : null, actualMap.Contains(key) ? actualMap[key] : null, $"{path}[{key}]", differences);
            }

            return;
        }

        if (expected is IEnumerable expectedItems && actual is IEnumerable actualItems)
        {
            List<object?> left = expectedItems.Cast<object?>().ToList();
            List<object?> right = actualItems.Cast<object?>().ToList();
            if (left.Count != right.Count)
            {
                differences.Add($"{path}: {left.Count} items vs {right.Count}");
                return;
            }

            for (int i = 0; i < left.Count; i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]", differences);
            }

            return;
        }

        PropertyInfo[] properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        if (properties.Length == 0)
        {
            throw new InvalidOperationException($"{path}: {type.Name} has no public properties to compare; add it as a leaf.");
        }

        foreach (PropertyInfo property in properties)
        {
            Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name, differences);
        }
    }

    private static string Show(object? value) => value is null ? "null" : $"{value} ({value.GetType().Name})";
}
