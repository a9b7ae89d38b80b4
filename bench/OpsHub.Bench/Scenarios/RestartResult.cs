namespace OpsHub.Bench.Scenarios;

/// <summary>From SIGKILL-and-start to the first 200 of <c>/health/ready</c> and of a dossier read, in seconds.</summary>
internal sealed record RestartResult(int OpenDossiers, double ReadySeconds, double ServingSeconds);
