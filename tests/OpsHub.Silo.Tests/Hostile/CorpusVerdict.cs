using System.Net;
using System.Text.Json;

namespace OpsHub.Silo.Tests.Hostile;

/// <summary>Checks a door's answer against what a corpus case expects.</summary>
internal static class CorpusVerdict
{
    private const string GenericTitle = "An error occurred while processing your request.";

    public static async Task CheckAsync(CorpusCase c, HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var said = $"{c.Id}: {(int)response.StatusCode} {response.Content.Headers.ContentType} {Shorten(text)}";
        ((int)response.StatusCode).ShouldBeLessThan(500, said);
        switch (c.Expect)
        {
            case CorpusCase.Problem:
                ((int)response.StatusCode).ShouldBe(c.Status!.Value, said);
                response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", said);
                using (var problem = JsonDocument.Parse(text))
                {
                    var root = problem.RootElement;
                    root.GetProperty("status").GetInt32().ShouldBe(c.Status.Value, said);
                    var title = root.GetProperty("title").GetString();
                    title.ShouldNotBeNullOrWhiteSpace(said);
                    title.ShouldNotBe(GenericTitle, said);
                    ReasonText(root).ShouldContain(c.Reason!, Case.Insensitive, said);
                }

                break;
            case CorpusCase.Summary:
                response.StatusCode.ShouldBe(HttpStatusCode.OK, said);
                using (var summary = JsonDocument.Parse(text))
                {
                    var root = summary.RootElement;
                    root.GetProperty("accepted").GetInt32().ShouldBe(c.Accepted, said);
                    root.GetProperty("duplicate").GetInt32().ShouldBe(0, said);
                    root.GetProperty("rejected").GetInt32().ShouldBe(c.Rejected, said);
                    var rejections = root.GetProperty("rejections").EnumerateArray().ToList();
                    rejections.Count.ShouldBe(Math.Min(c.Rejected, OpsHub.Ingest.Journal.BulkIntake.ListedRejections), said);
                    foreach (var rejection in rejections)
                    {
                        var reason = ReasonText(rejection);
                        reason.ShouldNotBe("Refused.", said);
                        if (c.Reason is { } phrase)
                        {
                            reason.ShouldContain(phrase, Case.Insensitive, said);
                        }
                    }
                }

                break;
            case CorpusCase.AcceptedOne:
                response.StatusCode.ShouldBe(HttpStatusCode.Accepted, said);
                break;
            default:
                throw new InvalidOperationException($"{c.Id}: unknown expectation '{c.Expect}'.");
        }
    }

    // Everything a problem or a rejection says: title, detail, reason, and each field error with its field.
    private static string ReasonText(JsonElement e)
    {
        var parts = new List<string>();
        foreach (var name in (string[])["title", "detail", "reason"])
        {
            if (e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String)
            {
                parts.Add(p.GetString()!);
            }
        }

        if (e.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var field in errors.EnumerateObject())
            {
                parts.Add($"{field.Name}: {string.Join(" ", field.Value.EnumerateArray().Select(m => m.GetString()))}");
            }
        }

        return string.Join(" | ", parts);
    }

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";
}
