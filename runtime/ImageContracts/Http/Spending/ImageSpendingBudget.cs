using System;
using System.Globalization;

namespace ImageContracts.Http;

/// <summary>
/// A spending limit in USD shared by every client (or batch) it is given to: a call reserves its estimated maximum
/// before it is sent, and settles the reservation with its actual cost (from usage) afterwards, or releases it when the
/// call fails. A reservation that would take committed spending (spent + reserved) above the limit is refused with an
/// <see cref="ImageSpendingLimitException"/>. Thread-safe; all arithmetic in <see cref="decimal"/>.
/// </summary>
public sealed class ImageSpendingBudget
{
    private readonly object _gate = new();
    private decimal _spent;
    private decimal _reserved;
    private decimal _peakCommitted;

    /// <summary>Creates a budget.</summary>
    /// <param name="limitUsd">The most that may be spent, in USD (not negative).</param>
    public ImageSpendingBudget(decimal limitUsd)
    {
        if (limitUsd < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(limitUsd), limitUsd, "The spending limit must not be negative.");
        }

        LimitUsd = limitUsd;
    }

    /// <summary>The limit in USD.</summary>
    public decimal LimitUsd { get; }

    /// <summary>The settled (actual) spending so far.</summary>
    public decimal SpentUsd
    {
        get
        {
            lock (_gate)
            {
                return _spent;
            }
        }
    }

    /// <summary>What open reservations hold.</summary>
    public decimal ReservedUsd
    {
        get
        {
            lock (_gate)
            {
                return _reserved;
            }
        }
    }

    /// <summary>What is left for new reservations: limit − spent − reserved (never below 0).</summary>
    public decimal RemainingUsd
    {
        get
        {
            lock (_gate)
            {
                return Math.Max(0m, LimitUsd - _spent - _reserved);
            }
        }
    }

    /// <summary>The highest spent + reserved the budget has reached through reservations (for audits and tests: a
    /// reservation never lifts it above <see cref="LimitUsd"/>; actual costs above their estimate can).</summary>
    public decimal PeakCommittedUsd
    {
        get
        {
            lock (_gate)
            {
                return _peakCommitted;
            }
        }
    }

    /// <summary>Reserves <paramref name="maxUsd"/> for a call, or refuses it.</summary>
    /// <param name="maxUsd">The call's estimated maximum cost.</param>
    /// <param name="what">What is being paid for, for the message (e.g. <c>generations gpt-image-2</c>).</param>
    /// <returns>The reservation: settle it with the actual cost, or dispose it to release it.</returns>
    /// <exception cref="ImageSpendingLimitException">The reservation would exceed the limit.</exception>
    public SpendingReservation Reserve(decimal maxUsd, string what)
    {
        if (maxUsd < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(maxUsd), maxUsd, "A cost estimate must not be negative.");
        }

        lock (_gate)
        {
            if (_spent + _reserved + maxUsd > LimitUsd)
            {
                throw new ImageSpendingLimitException(
                    "The " + what + " call was refused: its estimated maximum " + Usd(maxUsd) + " exceeds what is left of the spending budget ("
                    + Usd(Math.Max(0m, LimitUsd - _spent - _reserved)) + " of " + Usd(LimitUsd) + "; spent " + Usd(_spent) + ", reserved by calls in flight " + Usd(_reserved) + ").",
                    SpendingLimitKind.Budget,
                    maxUsd,
                    LimitUsd,
                    _spent,
                    _reserved);
            }

            _reserved += maxUsd;
            _peakCommitted = Math.Max(_peakCommitted, _spent + _reserved);
        }

        return new SpendingReservation(this, maxUsd);
    }

    /// <summary>Moves a reservation to spent with the actual cost.</summary>
    internal void Settle(decimal reservedUsd, decimal actualUsd)
    {
        lock (_gate)
        {
            _reserved -= reservedUsd;
            _spent += actualUsd;
        }
    }

    /// <summary>Drops a reservation (the call failed before costing anything).</summary>
    internal void Release(decimal reservedUsd)
    {
        lock (_gate)
        {
            _reserved -= reservedUsd;
        }
    }

    /// <summary>Formats USD for messages: <c>$0.211</c>.</summary>
    internal static string Usd(decimal value) => "$" + value.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>A short description.</summary>
    public override string ToString() => "ImageSpendingBudget(limit " + Usd(LimitUsd) + ", spent " + Usd(SpentUsd) + ", reserved " + Usd(ReservedUsd) + ")";
}
