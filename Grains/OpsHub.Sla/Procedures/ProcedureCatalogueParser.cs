using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpsHub.Sla.Procedures;

/// <summary>Reads and checks the catalogue file; any fault becomes a <see cref="ProcedureDataException"/>.</summary>
internal static class ProcedureCatalogueParser
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ProcedureCatalogue Parse(string json, string fileName)
    {
        ProcedureCatalogueDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<ProcedureCatalogueDocument>(json, Json);
        }
        catch (JsonException e)
        {
            throw new ProcedureDataException($"Procedure file '{fileName}' is not valid catalogue JSON: {e.Message}", e) { FileName = fileName };
        }

        var faults = new ProcedureFaults(fileName);
        if (document is null)
        {
            throw faults.File("is empty.");
        }

        if (string.IsNullOrWhiteSpace(document.Source))
        {
            throw faults.File("has no \"source\": say where the processing times come from.");
        }

        var fields = ReadFields(document.Fields, faults);
        if (document.Procedures is not { Length: > 0 })
        {
            throw faults.File("lists no procedures.");
        }

        var fieldCodes = fields.Select(f => f.Code).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var procedures = new List<Procedure>();
        for (var i = 0; i < document.Procedures.Length; i++)
        {
            var procedure = ProcedureEntryParser.Read(document.Procedures[i], $"procedures[{i}]", fieldCodes, faults);
            if (!seen.Add(procedure.Code))
            {
                throw faults.Entry($"procedures[{i}] ({procedure.Code})", $"repeats the code \"{procedure.Code}\".");
            }

            procedures.Add(procedure);
        }

        return new ProcedureCatalogue(document.Source.Trim(), fields, procedures);
    }

    private static List<ProcedureField> ReadFields(ProcedureFieldDocument[]? entries, ProcedureFaults faults)
    {
        if (entries is not { Length: > 0 })
        {
            throw faults.File("lists no fields.");
        }

        var fields = new List<ProcedureField>();
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            var where = $"fields[{i}]";
            if (string.IsNullOrWhiteSpace(entry.Code) || string.IsNullOrWhiteSpace(entry.NameVi))
            {
                throw faults.Entry(where, "needs both \"code\" and \"nameVi\".");
            }

            var code = entry.Code.Trim();
            if (fields.Any(f => f.Code == code))
            {
                throw faults.Entry(where, $"repeats the field code \"{code}\".");
            }

            fields.Add(new ProcedureField(code, entry.NameVi.Trim()));
        }

        return fields;
    }
}
