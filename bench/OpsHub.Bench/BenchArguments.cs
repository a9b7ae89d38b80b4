using System.Globalization;

namespace OpsHub.Bench;

/// <summary>Reads the command line: <c>--quick</c> first picks the small sizes, then each option overrides one size.</summary>
internal static class BenchArguments
{
    public const string Usage = """
        opshub-bench [--quick] [options]
          --quick                    small sizes (a few minutes); the default is the full run
          --ceiling-seconds N        echo-grain calls for N seconds (full 20, quick 8)
          --ceiling-concurrency N    echo-grain calls in flight (1000)
          --ingest-seconds N         closed-loop ingest for N seconds (full 60, quick 15)
          --ingest-clients N         concurrent HTTP clients (32)
          --ingest-batch N           events per NDJSON request (1000)
          --ingest-max-events N      stop the closed loop after N events (20000000)
          --paced-rate N             events/s of the open-loop latency run (10000)
          --paced-seconds N          its length (full 30, quick 10)
          --paced-batch N            events per request in it (100)
          --paced-lead-in N          seconds sent at that rate before it, counted apart (5)
          --dossiers N               open dossiers due during the run (full 50000, quick 10000)
          --open-dossiers N          open dossiers held meanwhile, those due included (full 1000000, quick 10000)
          --alert-lead-seconds N     from the load's start to the first due instant (default 30 + N/250)
          --alert-spread-seconds N   window the due instants are spread over (full 120, quick 30)
          --freshness-events N       events watched over SignalR (full 60, quick 30)
          --max-minutes N            hard bound on the whole run (full 120, quick 15)
          --statements               diagnostic: load pg_stat_statements and print PostgreSQL's busiest
                                     statements after each scenario (to stderr; slows PostgreSQL slightly)
          --ingest-only              diagnostic: only the two closed-loop ingest runs (applier on, then off), then
                                     the applier alone on their backlog, with CPU per event; logged, no table
          --paced-only               diagnostic: only the paced acknowledgement run (applier on, then off) on a
                                     fresh database, with its latency by 5 s window and CPU per event; no table
          --keep-database DIR        diagnostic: move PostgreSQL's folder to DIR at the end instead of deleting it
          --from-database DIR        diagnostic, with --ingest-only or --paced-only: start from a copy of a kept
                                     folder (e.g. the million dossiers a full run leaves) instead of a fresh database
          --shared-buffers N         diagnostic: PostgreSQL's shared_buffers in MiB (OpsHub's default otherwise)
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--quick") ? BenchOptions.Quick() : new BenchOptions();
        options.Statements = args.Contains("--statements");
        options.IngestOnly = args.Contains("--ingest-only");
        options.PacedOnly = args.Contains("--paced-only");
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] is "--quick" or "--statements" or "--ingest-only" or "--paced-only")
            {
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"Unknown option or missing value: {args[i]}\n{Usage}");
            }

            var value = args[++i];
            if (args[i - 1] is "--keep-database" or "--from-database")
            {
                var path = Path.GetFullPath(value);
                if (args[i - 1] == "--keep-database")
                {
                    options.KeepDatabase = Directory.Exists(path) || File.Exists(path)
                        ? throw new ArgumentException($"--keep-database {path}: already exists; the kept folder must be new.\n{Usage}")
                        : path;
                }
                else
                {
                    options.FromDatabase = Directory.Exists(path)
                        ? path
                        : throw new ArgumentException($"--from-database {path}: no such folder.\n{Usage}");
                }

                continue;
            }

            var number = double.Parse(value, CultureInfo.InvariantCulture);
            switch (args[i - 1])
            {
                case "--ceiling-seconds": options.CeilingDuration = TimeSpan.FromSeconds(number); break;
                case "--ceiling-concurrency": options.CeilingConcurrency = (int)number; break;
                case "--ingest-seconds": options.IngestDuration = TimeSpan.FromSeconds(number); break;
                case "--ingest-clients": options.IngestClients = (int)number; break;
                case "--ingest-batch": options.IngestBatch = (int)number; break;
                case "--ingest-max-events": options.IngestMaxEvents = (long)number; break;
                case "--paced-rate": options.PacedRate = (int)number; break;
                case "--paced-seconds": options.PacedDuration = TimeSpan.FromSeconds(number); break;
                case "--paced-batch": options.PacedBatch = (int)number; break;
                case "--paced-lead-in": options.PacedLeadIn = TimeSpan.FromSeconds(number); break;
                case "--dossiers": options.Dossiers = (int)number; break;
                case "--open-dossiers": options.OpenDossiers = (int)number; break;
                case "--alert-lead-seconds": options.AlertLead = TimeSpan.FromSeconds(number); break;
                case "--alert-spread-seconds": options.AlertSpread = TimeSpan.FromSeconds(number); break;
                case "--freshness-events": options.FreshnessEvents = (int)number; break;
                case "--max-minutes": options.MaxRunTime = TimeSpan.FromMinutes(number); break;
                case "--shared-buffers": options.SharedBuffersMegabytes = (int)number; break;
                default: throw new ArgumentException($"Unknown option {args[i - 1]}\n{Usage}");
            }
        }

        if (options.FromDatabase is not null && !options.IngestOnly && !options.PacedOnly)
        {
            throw new ArgumentException($"--from-database is for --ingest-only and --paced-only: the full run needs a fresh database.\n{Usage}");
        }

        if (options.OpenDossiers < options.Dossiers)
        {
            // Asked for more due dossiers than the size's open ones: they are all the open ones, unless both were given.
            options.OpenDossiers = args.Contains("--open-dossiers")
                ? throw new ArgumentException($"--open-dossiers ({options.OpenDossiers}) must be at least --dossiers ({options.Dossiers}).\n{Usage}")
                : options.Dossiers;
        }

        return options;
    }
}
