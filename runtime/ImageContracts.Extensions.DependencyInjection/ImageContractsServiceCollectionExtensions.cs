using System;
using System.Threading;
using ImageContracts.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="ImagesClient"/> with <c>IHttpClientFactory</c>, options and logging.</summary>
public static class ImageContractsServiceCollectionExtensions
{
    /// <summary>The name of the <c>HttpClient</c> the factory creates for <see cref="ImagesClient"/>.</summary>
    public const string HttpClientName = "ImageContracts";

    /// <summary>
    /// Registers <see cref="ImagesClient"/> as a typed client of <c>IHttpClientFactory</c> (transient, over pooled
    /// handlers; the client-wide timeout is off so <see cref="ImagesClientOptions.Timeout"/> governs; the primary handler
    /// follows no redirects, so the key never leaves the configured origin: a 3xx becomes an <see cref="ImageApiException"/>), with
    /// <see cref="ImagesClientOptions"/> from the options system, and its log entries written to an <c>ILogger&lt;ImagesClient&gt;</c>
    /// (through <see cref="LoggerImagesClientLog"/>) unless the options set their own <see cref="ImagesClientOptions.Log"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Sets options (API key, base address, catalog, retries, ...).</param>
    /// <returns>The HTTP client builder, to add handlers or change the primary handler.</returns>
    public static IHttpClientBuilder AddImageContracts(this IServiceCollection services, Action<ImagesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ImagesClientOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return services
            .AddHttpClient(HttpClientName)
            .ConfigureHttpClient(static http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(static () => ImagesClient.CreateHandler())
            .AddTypedClient<ImagesClient>(static (http, provider) => new ImagesClient(
                http,
                WithContainerLogger(WithSharedBudget(WithContainerClock(provider.GetRequiredService<IOptions<ImagesClientOptions>>().Value, provider), provider), provider)));
    }

    /// <summary>Registers one <see cref="ImageSpendingBudget"/> (a singleton) that every <see cref="ImagesClient"/> from
    /// <see cref="AddImageContracts(IServiceCollection, Action{ImagesClientOptions}?)"/> draws on unless its options set another.</summary>
    /// <param name="services">The services.</param>
    /// <param name="limitUsd">The limit in USD.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddImageSpendingBudget(this IServiceCollection services, decimal limitUsd)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(new ImageSpendingBudget(limitUsd));
        return services;
    }

    /// <summary>The options with the registered budget when they name none (a copy; the registered options stay as they are).</summary>
    private static ImagesClientOptions WithSharedBudget(ImagesClientOptions options, IServiceProvider provider)
    {
        if (options.SpendingBudget is not null || provider.GetService<ImageSpendingBudget>() is not { } budget)
        {
            return options;
        }

        ImagesClientOptions copy = options.Clone();
        copy.SpendingBudget = budget;
        return copy;
    }

    /// <summary>As <see cref="AddImageContracts(IServiceCollection, Action{ImagesClientOptions}?)"/>, with options bound
    /// from a configuration section first (see <see cref="ImagesClientOptionsBinder"/>), then <paramref name="configure"/>.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The section, e.g. <c>builder.Configuration.GetSection("ImageContracts")</c>.</param>
    /// <param name="configure">Sets what configuration cannot (the catalog, a model lookup).</param>
    /// <returns>The HTTP client builder.</returns>
    public static IHttpClientBuilder AddImageContracts(this IServiceCollection services, IConfiguration configuration, Action<ImagesClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<ImagesClientOptions>(options => ImagesClientOptionsBinder.Bind(configuration, options));
        return services.AddImageContracts(configure);
    }

    /// <summary>The options writing to an <c>ILogger&lt;ImagesClient&gt;</c> of the registered logger factory when they
    /// name no log themselves (a copy; the registered options stay as they are).</summary>
    private static ImagesClientOptions WithContainerLogger(ImagesClientOptions options, IServiceProvider provider)
    {
        if (options.Log is not null || provider.GetService<ILoggerFactory>() is not { } loggers)
        {
            return options;
        }

        ImagesClientOptions copy = options.Clone();
        copy.Log = new LoggerImagesClientLog(loggers.CreateLogger<ImagesClient>());
        return copy;
    }

    /// <summary>A <see cref="TimeProvider"/> registered in the container (a test's fake clock, say) is the client's clock
    /// unless the options name one themselves.</summary>
    private static ImagesClientOptions WithContainerClock(ImagesClientOptions options, IServiceProvider provider)
    {
        if (!ReferenceEquals(options.TimeProvider, TimeProvider.System) || provider.GetService<TimeProvider>() is not { } clock)
        {
            return options;
        }

        ImagesClientOptions copy = options.Clone();
        copy.TimeProvider = clock;
        return copy;
    }
}
