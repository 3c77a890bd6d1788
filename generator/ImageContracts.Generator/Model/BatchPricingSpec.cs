namespace ImageContracts.Generator.Model;

/// <summary>The spec's top-level <c>batch:</c> fact: the Batch API's discount on the single-call prices
/// (<c>Discount</c> as invariant decimal text, e.g. <c>0.5</c> for half price).</summary>
internal sealed record BatchPricingSpec(string Discount, bool Confirmed, string Source, string? Note);
