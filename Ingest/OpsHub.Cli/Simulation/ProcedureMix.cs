using System.Collections.Frozen;
using OpsHub.Sla.Procedures;

namespace OpsHub.Cli.Simulation;

/// <summary>
/// Which procedures dossiers are for. Civil status (hộ tịch) and certification (chứng thực) make most of a
/// commune's traffic; within a field the catalogue's first entries (birth, marriage, copy certification) lead.
/// </summary>
internal sealed class ProcedureMix
{
    private static readonly FrozenDictionary<string, double> FieldWeights = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["HT"] = 0.34,
        ["CT"] = 0.30,
        ["DD"] = 0.10,
        ["CU"] = 0.08,
        ["KD"] = 0.07,
        ["LDTBXH"] = 0.05,
        ["TP"] = 0.03,
        ["XD"] = 0.03,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private readonly Procedure[] _procedures;
    private readonly double[] _cumulative;

    /// <summary>Builds the mix over every procedure of <paramref name="catalogue"/> that has internal steps.</summary>
    public ProcedureMix(ProcedureCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var weighted = new List<(Procedure Procedure, double Weight)>();
        foreach (var field in catalogue.Fields)
        {
            var inField = catalogue.InField(field.Code).ToList();
            var fieldWeight = FieldWeights.GetValueOrDefault(field.Code, 0.02);
            var rank = inField.Select((_, i) => Math.Max(1.0, 4.0 - i)).ToList();
            var rankTotal = rank.Sum();
            weighted.AddRange(inField.Select((p, i) => (p, fieldWeight * rank[i] / rankTotal)));
        }

        if (weighted.Count == 0)
        {
            throw new InvalidDataException("The procedure catalogue lists no procedure to simulate.");
        }

        _procedures = [.. weighted.Select(w => w.Procedure)];
        _cumulative = new double[weighted.Count];
        var sum = 0.0;
        for (var i = 0; i < weighted.Count; i++)
        {
            sum += weighted[i].Weight;
            _cumulative[i] = sum;
        }
    }

    /// <summary>Draws one procedure.</summary>
    public Procedure Draw(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var pick = random.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, pick);
        index = index < 0 ? ~index : index;
        return _procedures[Math.Min(index, _procedures.Length - 1)];
    }
}
