using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace OpsHub.Ingest.Guards;

/// <summary>A token bucket per source: over its rate a source is answered 429 with Retry-After.</summary>
public static class IngestRateLimiting
{
    /// <summary>The policy name the ingest doors use.</summary>
    public const string Policy = "ingest-per-source";

    public static IServiceCollection AddIngestRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http =>
            {
                // The limiter runs before the endpoint's filters, so it reads the key itself; unknown keys share one
                // bucket and are then refused by the filter.
                var guard = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<IngestGuardOptions>>().CurrentValue;
                var source = ApiKeyFilter.Authenticate(http, guard) ?? IngestSource.Anonymous;
                return RateLimitPartition.GetTokenBucketLimiter(source.Name, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = Math.Max(1, source.Burst),
                    TokensPerPeriod = Math.Max(1, source.RequestsPerSecond),
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
            limiter.OnRejected = async (context, token) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Results.Problem(
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: "Too many requests",
                    detail: $"This source is over its rate; try again in {seconds} s, or send batches.").ExecuteAsync(context.HttpContext);
            };
        });
}
