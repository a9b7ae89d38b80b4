namespace OpsHub.Grains.Abstractions.Organisation;

/// <summary>
/// The organisation OpsHub watches: its name and its units as a tree (province → district → commune → one-stop shop;
/// two or three administrative levels), each unit naming its parent. Section <c>OpsHub:Organisation</c>.
/// </summary>
public sealed class OrganisationOptions
{
    public const string Section = "OpsHub:Organisation";

    /// <summary>Display name of the organisation, for example "UBND huyện Long Điền".</summary>
    public string Name { get; set; } = "OpsHub";

    /// <summary>The units that may receive dossiers. Events for any other unit are refused.</summary>
    public IList<UnitInfo> Units { get; } = [];

    /// <summary>The unit with <paramref name="code"/>, or <c>null</c>.</summary>
    public UnitInfo? Find(string code) => Units.FirstOrDefault(u => string.Equals(u.Code, code, StringComparison.Ordinal));

    /// <summary>The units whose parent is <paramref name="code"/>, in configuration order.</summary>
    public IReadOnlyList<UnitInfo> ChildrenOf(string code) =>
        [.. Units.Where(u => string.Equals(u.Parent, code, StringComparison.Ordinal))];

    /// <summary><paramref name="code"/> and every unit below it, parents before children.</summary>
    public IReadOnlyList<string> SubtreeOf(string code)
    {
        var result = new List<string>();
        var pending = new Queue<string>([code]);
        while (pending.TryDequeue(out var next) && result.Count <= Units.Count)
        {
            result.Add(next);
            foreach (var child in ChildrenOf(next))
            {
                pending.Enqueue(child.Code);
            }
        }

        return result;
    }

    /// <summary>The units above <paramref name="code"/>, nearest first.</summary>
    public IReadOnlyList<string> AncestorsOf(string code)
    {
        var result = new List<string>();
        for (var unit = Find(code); unit is { Parent.Length: > 0 } && result.Count < Units.Count; unit = Find(unit.Parent))
        {
            result.Add(unit.Parent);
        }

        return result;
    }

    /// <summary>Whether <paramref name="code"/> is one of <paramref name="roots"/> or below one of them.</summary>
    public bool IsWithin(string code, IReadOnlyCollection<string> roots) =>
        roots.Contains(code, StringComparer.Ordinal) || AncestorsOf(code).Any(a => roots.Contains(a, StringComparer.Ordinal));

    /// <summary>The units without a parent.</summary>
    public IReadOnlyList<UnitInfo> Roots => [.. Units.Where(u => u.Parent.Length == 0)];

    /// <summary>Why the tree is unusable (a parent that is not a unit, a cycle), or <c>null</c>.</summary>
    public string? FindTreeProblem()
    {
        foreach (var unit in Units.Where(u => u.Parent.Length > 0))
        {
            if (Find(unit.Parent) is null)
            {
                return $"Unit '{unit.Code}' names parent '{unit.Parent}', which is not in OpsHub:Organisation:Units.";
            }

            var seen = new HashSet<string>(StringComparer.Ordinal) { unit.Code };
            for (var above = Find(unit.Parent); above is not null; above = above.Parent.Length > 0 ? Find(above.Parent) : null)
            {
                if (!seen.Add(above.Code))
                {
                    return $"Units '{unit.Code}' and '{above.Code}' are each other's ancestors; the organisation must be a tree.";
                }
            }
        }

        return null;
    }
}
