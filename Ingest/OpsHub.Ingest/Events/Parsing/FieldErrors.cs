namespace OpsHub.Ingest.Events.Parsing;

/// <summary>Collects problems per field; a prefix (for example <c>data.</c>) names fields nested in an envelope.</summary>
internal sealed class FieldErrors(Dictionary<string, string[]> errors, string prefix = "")
{
    public int Count => errors.Count;

    public Dictionary<string, string[]> Errors => errors;

    public string Prefix => prefix;

    public void Add(string field, string message) => errors[prefix + field] = [message];

    public FieldErrors Nested(string nestedPrefix) => new(errors, prefix + nestedPrefix);
}
