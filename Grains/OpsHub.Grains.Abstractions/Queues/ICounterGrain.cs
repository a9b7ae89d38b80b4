namespace OpsHub.Grains.Abstractions.Queues;

/// <summary>
/// One counter (quầy) of a one-stop shop, keyed <c>{unit}/{counter}</c>: open or closed, the officer on duty, the
/// ticket it serves and its figures for the day.
/// </summary>
[Alias("opshub.counter")]
public interface ICounterGrain : IGrainWithStringKey
{
    /// <summary>The key of counter <paramref name="counter"/> of <paramref name="unitCode"/>.</summary>
    static string KeyOf(string unitCode, string counter) => $"{unitCode}/{counter}";

    /// <summary>Applies facts from the queue, in order.</summary>
    [Alias("apply")]
    Task ApplyAsync(IReadOnlyList<CounterFact> facts);

    /// <summary>Counts a dossier received at this counter (once per dossier).</summary>
    [Alias("dossier")]
    Task RecordDossierAsync(string dossierCode, DateTimeOffset receivedAt);

    /// <summary>The counter's figures now.</summary>
    [Alias("get")]
    Task<CounterSnapshot> GetAsync();
}
