using System;
using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ImageContracts.Http;

/// <summary>
/// Binds <see cref="ImagesClientOptions"/> from configuration by hand (no reflection, trim- and AOT-safe). Keys:
/// <c>BaseAddress</c>, <c>ApiKey</c>, <c>ApiKeyHeaderName</c>, <c>Organization</c>, <c>Project</c>, <c>UserAgent</c>,
/// <c>Timeout</c>, <c>IdleTimeout</c>, <c>RetryBaseDelay</c>, <c>RetryMaxDelay</c>, <c>MaxRetryAfter</c> (a TimeSpan such as <c>00:05:00</c>,
/// or seconds as a number), <c>MaxRetries</c> and <c>MaxResponseBytes</c> (integers), <c>ValidateRequests</c>,
/// <c>RefuseRetiredModels</c> and <c>AllowOpenEndedCosts</c> (boolean), <c>UnknownModelPolicy</c> (<c>Warn</c> or <c>Refuse</c>,
/// case-insensitive), <c>MaxRequestCostUsd</c> and <c>SpendingLimitUsd</c> (USD, invariant decimal; the latter creates one
/// budget shared by every client the options configure). Keys that are absent
/// leave the option as it is; a malformed value throws <see cref="FormatException"/> naming the key (never its value
/// for <c>ApiKey</c>).
/// </summary>
public static class ImagesClientOptionsBinder
{
    /// <summary>Copies the configured values onto <paramref name="options"/>.</summary>
    /// <param name="configuration">The section, e.g. <c>configuration.GetSection("ImageContracts")</c>.</param>
    /// <param name="options">The options to fill.</param>
    public static void Bind(IConfiguration configuration, ImagesClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(options);
        if (Value(configuration, nameof(ImagesClientOptions.BaseAddress)) is { } baseAddress)
        {
            options.BaseAddress = Uri.TryCreate(baseAddress, UriKind.Absolute, out Uri? uri) ? uri : throw Bad(configuration, nameof(ImagesClientOptions.BaseAddress), baseAddress);
        }

        options.ApiKey = Value(configuration, nameof(ImagesClientOptions.ApiKey)) ?? options.ApiKey;
        options.ApiKeyHeaderName = Value(configuration, nameof(ImagesClientOptions.ApiKeyHeaderName)) ?? options.ApiKeyHeaderName;
        options.Organization = Value(configuration, nameof(ImagesClientOptions.Organization)) ?? options.Organization;
        options.Project = Value(configuration, nameof(ImagesClientOptions.Project)) ?? options.Project;
        options.UserAgent = Value(configuration, nameof(ImagesClientOptions.UserAgent)) ?? options.UserAgent;
        options.Timeout = Time(configuration, nameof(ImagesClientOptions.Timeout)) ?? options.Timeout;
        options.RetryBaseDelay = Time(configuration, nameof(ImagesClientOptions.RetryBaseDelay)) ?? options.RetryBaseDelay;
        options.RetryMaxDelay = Time(configuration, nameof(ImagesClientOptions.RetryMaxDelay)) ?? options.RetryMaxDelay;
        options.MaxRetryAfter = Time(configuration, nameof(ImagesClientOptions.MaxRetryAfter)) ?? options.MaxRetryAfter;
        options.IdleTimeout = Time(configuration, nameof(ImagesClientOptions.IdleTimeout)) ?? options.IdleTimeout;
        if (Value(configuration, nameof(ImagesClientOptions.MaxResponseBytes)) is { } maxBytes)
        {
            options.MaxResponseBytes = long.TryParse(maxBytes, NumberStyles.Integer, CultureInfo.InvariantCulture, out long bytes) ? bytes : throw Bad(configuration, nameof(ImagesClientOptions.MaxResponseBytes), maxBytes);
        }

        if (Value(configuration, nameof(ImagesClientOptions.MaxRetries)) is { } retries)
        {
            options.MaxRetries = int.TryParse(retries, NumberStyles.Integer, CultureInfo.InvariantCulture, out int count) ? count : throw Bad(configuration, nameof(ImagesClientOptions.MaxRetries), retries);
        }

        if (Value(configuration, nameof(ImagesClientOptions.MaxRequestCostUsd)) is { } cap)
        {
            options.MaxRequestCostUsd = Usd(configuration, nameof(ImagesClientOptions.MaxRequestCostUsd), cap);
        }

        if (Value(configuration, SpendingLimitUsdKey) is { } limit)
        {
            options.SpendingBudget = new ImageSpendingBudget(Usd(configuration, SpendingLimitUsdKey, limit));
        }

        options.AllowOpenEndedCosts = Flag(configuration, nameof(ImagesClientOptions.AllowOpenEndedCosts)) ?? options.AllowOpenEndedCosts;
        options.ValidateRequests = Flag(configuration, nameof(ImagesClientOptions.ValidateRequests)) ?? options.ValidateRequests;
        options.RefuseRetiredModels = Flag(configuration, nameof(ImagesClientOptions.RefuseRetiredModels)) ?? options.RefuseRetiredModels;
        if (Value(configuration, nameof(ImagesClientOptions.UnknownModelPolicy)) is { } unknownModels)
        {
            options.UnknownModelPolicy = PolicyOf(unknownModels) ?? throw Bad(configuration, nameof(ImagesClientOptions.UnknownModelPolicy), unknownModels);
        }
    }

    private static bool? Flag(IConfiguration configuration, string key)
    {
        if (Value(configuration, key) is not { } text)
        {
            return null;
        }

        return bool.TryParse(text, out bool flag) ? flag : throw Bad(configuration, key, text);
    }

    // Names only (Enum.TryParse would also take numbers such as "7" that name no policy).
    private static UnknownModelPolicy? PolicyOf(string value) =>
        string.Equals(value, nameof(UnknownModelPolicy.Warn), StringComparison.OrdinalIgnoreCase) ? UnknownModelPolicy.Warn
        : string.Equals(value, nameof(UnknownModelPolicy.Refuse), StringComparison.OrdinalIgnoreCase) ? UnknownModelPolicy.Refuse
        : null;

    /// <summary>The key whose value (USD) creates <see cref="ImagesClientOptions.SpendingBudget"/>.</summary>
    public const string SpendingLimitUsdKey = "SpendingLimitUsd";

    private static decimal Usd(IConfiguration configuration, string key, string value) =>
        decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal usd) ? usd : throw Bad(configuration, key, value);

    private static string? Value(IConfiguration configuration, string key)
    {
        string? value = configuration[key];
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static TimeSpan? Time(IConfiguration configuration, string key)
    {
        string? value = Value(configuration, key);
        if (value is null)
        {
            return null;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double seconds))
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (string.Equals(value, "Infinite", StringComparison.OrdinalIgnoreCase))
        {
            return System.Threading.Timeout.InfiniteTimeSpan;
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out TimeSpan span) ? span : throw Bad(configuration, key, value);
    }

    private static FormatException Bad(IConfiguration configuration, string key, string value)
    {
        string where = configuration is IConfigurationSection section ? section.Path + ":" + key : key;
        return new FormatException("The configuration value " + where + " is not valid: '" + value + "'.");
    }
}
