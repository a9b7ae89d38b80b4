using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace OpsHub.Silo.Tests.Hostile;

/// <summary>
/// One line of hostile-corpus.ndjson: what to send to which door, and what must come of it (see make-corpus.py).
/// </summary>
internal sealed record CorpusCase(
    string Id,
    string Door,
    string? ContentType,
    string? ApiKey,
    byte[] Body,
    string Expect,
    int? Status,
    string? Reason,
    int Accepted,
    int Rejected,
    string? Code)
{
    public const string Problem = "problem";
    public const string Summary = "summary";
    public const string AcceptedOne = "accepted";

    /// <summary>Items the journal must gain from this case.</summary>
    public int Journaled => Expect switch
    {
        AcceptedOne => 1,
        Summary => Accepted,
        _ => 0,
    };

    public string Path => Door == "portal" ? "/api/v1/portal/records" : "/api/v1/events";

    public static CorpusCase Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        var e = document.RootElement;
        return new CorpusCase(
            e.GetProperty("id").GetString()!,
            e.GetProperty("door").GetString()!,
            Text(e, "contentType"),
            Text(e, "apiKey"),
            BodyOf(e),
            e.GetProperty("expect").GetString()!,
            Number(e, "status"),
            Text(e, "reason"),
            Number(e, "accepted") ?? 0,
            Number(e, "rejected") ?? 0,
            Text(e, "code"));
    }

    /// <summary>The request, with the key of the client that sends it unless the case says otherwise.</summary>
    public HttpRequestMessage ToRequest(HttpClient client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(Body) };
        if (ContentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType);
        }

        if (ApiKey is not null)
        {
            // The client's default key header is replaced by the case's (or by none).
            client.DefaultRequestHeaders.Remove(OpsHub.Ingest.Guards.ApiKeyFilter.Header);
            if (ApiKey != "none")
            {
                request.Headers.TryAddWithoutValidation(OpsHub.Ingest.Guards.ApiKeyFilter.Header, ApiKey == "wrong" ? "not-a-key-of-any-source" : ApiKey);
            }
        }

        return request;
    }

    public override string ToString() => Id;

    private static byte[] BodyOf(JsonElement e)
    {
        if (Text(e, "bodyBase64") is { } base64)
        {
            return Convert.FromBase64String(base64);
        }

        if (Text(e, "body") is { } body)
        {
            return Encoding.UTF8.GetBytes(body);
        }

        if (Text(e, "repeat") is { } repeat)
        {
            var text = new StringBuilder(Text(e, "prefix"));
            text.Insert(text.Length, repeat, Number(e, "times")!.Value);
            return Encoding.UTF8.GetBytes(text.Append(Text(e, "suffix")).ToString());
        }

        return [];
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static int? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null;
}
