using System;
using System.Threading;

namespace ImageContracts.Http;

/// <summary>An amount held in an <see cref="ImageSpendingBudget"/> for one call or batch until its actual cost is
/// known. Settle it once; disposing an unsettled reservation releases it (the call failed).</summary>
public sealed class SpendingReservation : IDisposable
{
    private readonly ImageSpendingBudget _budget;
    private int _done;

    internal SpendingReservation(ImageSpendingBudget budget, decimal reservedUsd)
    {
        _budget = budget;
        ReservedUsd = reservedUsd;
    }

    /// <summary>The amount held.</summary>
    public decimal ReservedUsd { get; }

    /// <summary>True once settled or released.</summary>
    public bool IsClosed => Volatile.Read(ref _done) != 0;

    /// <summary>Replaces the held amount with the actual cost (which may be above or below the estimate). An actual cost
    /// above the reservation is recorded in full, even when it takes spending past the limit: the money is spent, and a
    /// budget that dropped the excess would hide it. Later reservations then find less (or nothing) left and are refused.</summary>
    /// <param name="actualUsd">The actual cost in USD.</param>
    /// <exception cref="InvalidOperationException">The reservation was already settled or released.</exception>
    public void Settle(decimal actualUsd)
    {
        if (actualUsd < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(actualUsd), actualUsd, "A cost must not be negative.");
        }

        if (Interlocked.Exchange(ref _done, 1) != 0)
        {
            throw new InvalidOperationException("The reservation of " + ImageSpendingBudget.Usd(ReservedUsd) + " was already settled or released.");
        }

        _budget.Settle(ReservedUsd, actualUsd);
    }

    /// <summary>Releases the held amount unless the reservation was settled.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            _budget.Release(ReservedUsd);
        }
    }
}
