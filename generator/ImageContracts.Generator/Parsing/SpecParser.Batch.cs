using System.Globalization;
using ImageContracts.Generator.Model;
using ImageContracts.Generator.Yaml;

namespace ImageContracts.Generator.Parsing;

internal sealed partial class SpecParser
{
    /// <summary>Reads <c>batch: { discount, source, confirmed, note }</c>; the discount is a fraction below 1.</summary>
    private BatchPricingSpec? ReadBatch(YamlNode? node)
    {
        var reader = MapReader.Open(node, "batch", _diagnostics, "discount", "source", "confirmed", "note", "conflict");
        if (reader is null)
        {
            return null;
        }

        var discount = reader.Decimal("discount");
        if (discount is null)
        {
            reader.Scalar("discount", required: true);
            return null;
        }

        if (decimal.Parse(discount, CultureInfo.InvariantCulture) >= 1m)
        {
            reader.Invalid(reader.Scalar("discount")!, "fraction of the price taken off, from 0 up to (not including) 1, e.g. 0.5", "discount");
            return null;
        }

        return new BatchPricingSpec(discount, reader.Bool("confirmed") ?? true, reader.Source(_sources), reader.Note());
    }
}
