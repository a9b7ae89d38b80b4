using System.Reflection;
using System.Text.RegularExpressions;

namespace OpsHub.Storage.Migrations;

/// <summary>One SQL script: its id (the file name without <c>.sql</c>, e.g. <c>0002_orleans_clustering</c>) and its text.</summary>
internal sealed partial record MigrationScript(string Id, string Sql)
{
    private const string ResourcePrefix = "Migrations/";
    private const string ResourceSuffix = ".sql";

    /// <summary>The scripts embedded in this assembly, in the order they apply.</summary>
    public static IReadOnlyList<MigrationScript> Embedded { get; } = Load(typeof(MigrationScript).Assembly);

    /// <summary>
    /// Loads every <c>Migrations/NNNN_name.sql</c> resource of <paramref name="assembly"/>, ordered by number.
    /// A badly named script or two scripts sharing a number (two branches that picked the same one) fail loudly.
    /// </summary>
    public static IReadOnlyList<MigrationScript> Load(Assembly assembly)
    {
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            var id = resource[ResourcePrefix.Length..^ResourceSuffix.Length];
            if (!IdPattern().IsMatch(id))
            {
                throw new InvalidOperationException(
                    $"Migration '{resource}' must be named NNNN_lower_snake_name.sql (four digits, then a name).");
            }

            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Migration resource '{resource}' cannot be read.");
            using var reader = new StreamReader(stream);
            scripts.Add(new MigrationScript(id, reader.ReadToEnd()));
        }

        scripts.Sort((left, right) => string.CompareOrdinal(left.Id, right.Id));
        var clash = scripts.GroupBy(script => script.Id[..4]).FirstOrDefault(group => group.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException(
                $"Migrations {string.Join(" and ", clash.Select(script => script.Id))} share the number {clash.Key}; renumber one.");
        }

        return scripts;
    }

    [GeneratedRegex("^[0-9]{4}_[a-z0-9_]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
