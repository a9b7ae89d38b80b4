using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace OpsHub.Ingest.Guards;

/// <summary>
/// Admits a request to an ingest door only with a known API key (401 otherwise) and a body within the limit (413),
/// and records which source it is, for the journal and the rate limiter.
/// </summary>
public sealed class ApiKeyFilter(IOptionsMonitor<IngestGuardOptions> options) : IEndpointFilter
{
    /// <summary>The request header carrying the key.</summary>
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var guard = options.CurrentValue;
        if (Authenticate(http, guard) is not { } source)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "API key required",
                detail: $"Send the source's key in the {Header} header; ask the OpsHub operator for one.");
        }

        var limit = IsBulk(http.Request) ? guard.MaxBulkBytes : guard.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "Request too large",
                detail: $"The body is {http.Request.ContentLength} bytes; at most {limit} are accepted here. Split it, or stream it as application/x-ndjson.");
        }

        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        http.Items[IngestSource.ItemKey] = source;
        return await next(context);
    }

    /// <summary>Whether the request streams a bulk upload.</summary>
    public static bool IsBulk(HttpRequest request) =>
        request.ContentType is { } type && (type.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || type.Contains("text/csv", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The source whose key the request carries (any source when keys are not required), or <c>null</c>. The key of
    /// this process's warm-up, while it runs, is <see cref="WarmUpKey.Source"/>, keys required or not.
    /// </summary>
    public static IngestSource? Authenticate(HttpContext http, IngestGuardOptions guard)
    {
        var key = http.Request.Headers[Header].FirstOrDefault();
        byte[]? hash = key is { Length: > 0 } ? SHA256.HashData(Encoding.UTF8.GetBytes(key)) : null;
        if (hash is not null && http.RequestServices?.GetService<WarmUpKey>() is { } warmUp && warmUp.Admits(hash))
        {
            return WarmUpKey.Source;
        }

        if (!guard.RequireApiKey)
        {
            return IngestSource.Anonymous;
        }

        if (hash is null)
        {
            return null;
        }

        var hex = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash));
        var match = guard.Sources.FirstOrDefault(s => CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(s.ApiKeySha256.ToLowerInvariant()), hex));
        return match is null ? null : new IngestSource(match.Name, match.RequestsPerSecond, match.Burst, [.. match.Units]);
    }
}
