namespace OpsHub.Bench.Scenarios;

/// <summary>
/// From SIGKILL-and-start to the first 200 of <c>/health/ready</c> and of a dossier read, in seconds; then the
/// restarted silo's memory at rest with the open dossiers stored, and its grain activations.
/// </summary>
internal sealed record RestartResult(int OpenDossiers, double ReadySeconds, double ServingSeconds, double RssAtRestMiB, double HeapAtRestMiB, long ActivationsAtRest);
