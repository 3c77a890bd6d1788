using System.Collections.Generic;
using System.Globalization;

namespace ImageContracts.Batches;

/// <summary>What a batch is expected to cost before it is sent: the sum of its lines' estimates, with the batch discount.</summary>
public sealed class BatchCostEstimate
{
    /// <summary>Lines counted.</summary>
    public int Lines { get; init; }

    /// <summary>Sum of the lines' minimum estimates at single-call prices.</summary>
    public decimal ListMinUsd { get; init; }

    /// <summary>Sum of the lines' maximum estimates at single-call prices.</summary>
    public decimal ListMaxUsd { get; init; }

    /// <summary>The discount applied (0 when none is known).</summary>
    public decimal Discount { get; init; }

    /// <summary>False when the discount is UNCONFIRMED in the spec (or there is none).</summary>
    public bool DiscountConfirmed { get; init; }

    /// <summary>The spec's source keys of the discount, if any.</summary>
    public string? DiscountSource { get; init; }

    /// <summary>Minimum with the discount: <see cref="ListMinUsd"/> × (1 − <see cref="Discount"/>).</summary>
    public decimal MinUsd => ListMinUsd * (1m - Discount);

    /// <summary>Maximum with the discount.</summary>
    public decimal MaxUsd => ListMaxUsd * (1m - Discount);

    /// <summary>The dearest line's maximum with the discount (what a per-request cap is checked against).</summary>
    public decimal LargestLineMaxUsd { get; init; }

    /// <summary>The <c>custom_id</c>s of lines whose cost has no upper bound (see <see cref="CostEstimate.IsOpenEnded"/>).</summary>
    public IReadOnlyList<string> OpenEndedLines { get; init; } = System.Array.Empty<string>();

    /// <summary>True when some line's cost has no upper bound: <see cref="MaxUsd"/> then covers only the priced parts.</summary>
    public bool IsOpenEnded => OpenEndedLines.Count > 0;

    /// <summary><c>$1.05–$2.11 for 10 lines (batch discount 50%, UNCONFIRMED)</c>.</summary>
    public override string ToString()
    {
        string range = MinUsd == MaxUsd ? Usd(MinUsd) : Usd(MinUsd) + "–" + Usd(MaxUsd);
        string discount = Discount == 0m ? "no batch discount" : "batch discount " + (Discount * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" + (DiscountConfirmed ? "" : ", UNCONFIRMED");
        return range + " for " + Lines + " line(s) (" + discount + (IsOpenEnded ? "; " + OpenEndedLines.Count + " line(s) not fully priced" : "") + ")";
    }

    private static string Usd(decimal value) => "$" + value.ToString("0.######", CultureInfo.InvariantCulture);
}
