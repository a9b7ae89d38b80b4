using System.Text.Json;

namespace OpsHub.Cli.Sending;

/// <summary>Reads OpsHub's bulk summary: <c>{"accepted":n,"duplicate":n,"rejected":n,"rejections":[{"position","reason"}]}</c>.</summary>
internal static class BulkSummaryJson
{
    /// <summary>The answer in <paramref name="body"/>, or <c>null</c> when it is not a bulk summary.</summary>
    public static BatchAnswer? Read(string body, int attempts)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !TryCount(root, "accepted", out var accepted)
                || !TryCount(root, "duplicate", out var duplicates) || !TryCount(root, "rejected", out var rejected))
            {
                return null;
            }

            var problems = new List<ItemProblem>();
            if (root.TryGetProperty("rejections", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("position", out var p) && p.TryGetInt32(out var position))
                    {
                        var reason = item.TryGetProperty("reason", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                        problems.Add(new ItemProblem(position, reason ?? "refused"));
                    }
                }
            }

            return new BatchAnswer(true, accepted, duplicates, rejected, problems, null, attempts);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool TryCount(JsonElement root, string name, out long value)
    {
        value = 0;
        return root.TryGetProperty(name, out var p) && p.TryGetInt64(out value) && value >= 0;
    }
}
