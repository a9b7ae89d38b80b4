using System.Text;
using System.Text.Json;

namespace OpsHub.Cli.Sending;

/// <summary>Turns an RFC 7807 problem body into one line: title, detail and each field's errors.</summary>
internal static class ProblemText
{
    private const int MaxLength = 500;

    /// <summary>A one-line reason for <paramref name="status"/> with <paramref name="body"/>.</summary>
    public static string Describe(int status, string body)
    {
        var text = new StringBuilder().Append(status);
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            Append(text, root, "title");
            Append(text, root, "detail");
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object)
            {
                foreach (var field in errors.EnumerateObject())
                {
                    var messages = field.Value.ValueKind == JsonValueKind.Array
                        ? string.Join(" ", field.Value.EnumerateArray().Select(m => m.ToString()))
                        : field.Value.ToString();
                    text.Append("; ").Append(field.Name.Length == 0 ? "(event)" : field.Name).Append(": ").Append(messages);
                }
            }
        }
        catch (JsonException)
        {
            text.Append(' ').Append(body.ReplaceLineEndings(" "));
        }

        return text.Length > MaxLength ? text.ToString(0, MaxLength) + "…" : text.ToString();
    }

    private static void Append(StringBuilder text, JsonElement root, string name)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
        {
            text.Append(text.Length > 3 ? " — " : " ").Append(value.GetString());
        }
    }
}
