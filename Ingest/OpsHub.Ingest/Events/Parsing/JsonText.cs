using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Unicode;

namespace OpsHub.Ingest.Events.Parsing;

/// <summary>
/// Finds text in a parsed JSON document that OpsHub cannot read or keep. <see cref="JsonDocument"/> parses bytes that
/// are not UTF-8, and <c>\uD800</c>-style escapes of unpaired surrogates, without complaint; reading such a string
/// later throws. A NUL character cannot be stored in a PostgreSQL text column. Every door checks the whole document
/// once, before reading any field, so that such input is refused with its place named rather than failing later.
/// </summary>
public static class JsonText
{
    /// <summary>The first unreadable name or string in <paramref name="root"/>, as a sentence naming its JSON path; <c>null</c> when all is readable.</summary>
    public static string? FindProblem(JsonElement root)
    {
        // Almost every document is valid UTF-8 without a \u escape, and then nothing in it can be unreadable: invalid
        // bytes fail the UTF-8 check, and a lone surrogate or a NUL can only arrive escaped (JSON refuses raw control
        // characters in strings). Only the rest is walked, to name the place of the problem.
        var raw = JsonMarshal.GetRawUtf8Value(root);
        return Utf8.IsValid(raw) && raw.IndexOf("\\u"u8) < 0 ? null : Find(root, "$");
    }

    private static string? Find(JsonElement e, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return Check(e.GetString, path);
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in e.EnumerateArray())
                {
                    if (Find(item, $"{path}[{index++}]") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in e.EnumerateObject())
                {
                    // The name is checked before it is used in the path.
                    if (Check(() => property.Name, $"a property name in {path}") is { } badName)
                    {
                        return badName;
                    }

                    if (Find(property.Value, $"{path}.{Shorten(property.Name)}") is { } problem)
                    {
                        return problem;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private static string Shorten(string name) => name.Length <= 64 ? name : name[..64] + "…";

    private static string? Check(Func<string?> read, string where)
    {
        try
        {
            return read()?.Contains('\0', StringComparison.Ordinal) == true
                ? $"{where} contains a NUL character (\\u0000), which OpsHub does not accept in text."
                : null;
        }
        catch (InvalidOperationException)
        {
            return $"{where} is not valid text: it holds bytes that are not UTF-8, or a \\uD800-\\uDFFF escape without its other half. Send UTF-8 JSON.";
        }
    }
}
