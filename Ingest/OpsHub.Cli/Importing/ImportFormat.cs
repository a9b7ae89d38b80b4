namespace OpsHub.Cli.Importing;

/// <summary>What an import file holds.</summary>
internal enum ImportFormat
{
    /// <summary>One event per line: plain OpsHub JSON or a CloudEvent.</summary>
    Ndjson = 1,

    /// <summary>A JSON array of CloudEvents (a CloudEvents batch).</summary>
    CloudEvents = 2,

    /// <summary>National Public Service Portal dossier records as CSV, with a header row.</summary>
    PortalCsv = 3,
}
