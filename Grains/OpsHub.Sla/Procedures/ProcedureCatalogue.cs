using System.Collections.Frozen;
using System.Collections.Immutable;

namespace OpsHub.Sla.Procedures;

/// <summary>The procedures a province publishes, with their fields. Immutable; a reload builds a new catalogue.</summary>
public sealed class ProcedureCatalogue
{
    private readonly FrozenDictionary<string, Procedure> _procedures;
    private readonly FrozenDictionary<string, ProcedureField> _fields;

    /// <summary>Builds a catalogue; codes must be unique and every procedure's field must be listed.</summary>
    /// <exception cref="ArgumentException">A code repeats or a field is unknown.</exception>
    public ProcedureCatalogue(string source, IEnumerable<ProcedureField> fields, IEnumerable<Procedure> procedures)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(procedures);
        Source = source;
        Fields = [.. fields];
        Procedures = [.. procedures];
        var fieldsByCode = new Dictionary<string, ProcedureField>(StringComparer.Ordinal);
        foreach (var field in Fields)
        {
            if (!fieldsByCode.TryAdd(field.Code, field))
            {
                throw new ArgumentException($"The field code '{field.Code}' is listed twice.", nameof(fields));
            }
        }

        var byCode = new Dictionary<string, Procedure>(StringComparer.Ordinal);
        foreach (var procedure in Procedures)
        {
            if (!byCode.TryAdd(procedure.Code, procedure))
            {
                throw new ArgumentException($"The procedure code '{procedure.Code}' is listed twice.", nameof(procedures));
            }

            if (!fieldsByCode.ContainsKey(procedure.FieldCode))
            {
                throw new ArgumentException($"Procedure '{procedure.Code}' is in the unknown field '{procedure.FieldCode}'.", nameof(procedures));
            }
        }

        _fields = fieldsByCode.ToFrozenDictionary(StringComparer.Ordinal);
        _procedures = byCode.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Where the processing times come from.</summary>
    public string Source { get; }

    /// <summary>The fields, in file order.</summary>
    public ImmutableArray<ProcedureField> Fields { get; }

    /// <summary>The procedures, in file order.</summary>
    public ImmutableArray<Procedure> Procedures { get; }

    /// <summary>The procedure with <paramref name="code"/>, or <c>null</c>.</summary>
    public Procedure? Find(string code) => _procedures.GetValueOrDefault(code);

    /// <summary>The procedure with <paramref name="code"/>.</summary>
    /// <exception cref="KeyNotFoundException">The catalogue has no such procedure.</exception>
    public Procedure Get(string code) =>
        Find(code) ?? throw new KeyNotFoundException($"The procedure catalogue has no procedure '{code}'.");

    /// <summary>The field of <paramref name="procedure"/>.</summary>
    public ProcedureField FieldOf(Procedure procedure)
    {
        ArgumentNullException.ThrowIfNull(procedure);
        return _fields[procedure.FieldCode];
    }

    /// <summary>The procedures of the field <paramref name="fieldCode"/>, in file order.</summary>
    public IEnumerable<Procedure> InField(string fieldCode) =>
        Procedures.Where(p => string.Equals(p.FieldCode, fieldCode, StringComparison.Ordinal));
}
