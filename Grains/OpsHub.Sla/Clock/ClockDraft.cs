namespace OpsHub.Sla.Clock;

/// <summary>A clock being changed by one event: collects the new state and the alerts raised and resolved on the way.</summary>
internal sealed class ClockDraft(DossierClock clock)
{
    private readonly List<SlaThreshold> _thresholds = [.. clock.Thresholds];
    private readonly List<SlaThreshold> _raised = [];
    private readonly List<SlaThreshold> _resolved = [];

    /// <summary>The clock as changed so far; its <see cref="DossierClock.Thresholds"/> are stale until <see cref="Applied"/>.</summary>
    public DossierClock Clock { get; set; } = clock;

    public bool RaisedAny => _raised.Count > 0;

    /// <summary>Fires every pending threshold reached by <paramref name="now"/>, when the clock runs.</summary>
    public void FireDue(DateTimeOffset now)
    {
        if (!Clock.IsRunning)
        {
            return;
        }

        var due = Enumerable.Range(0, _thresholds.Count)
            .Where(i => _thresholds[i].State == ThresholdState.Pending && _thresholds[i].At <= now)
            .OrderBy(i => _thresholds[i].At)
            .ThenBy(i => i)
            .ToList();
        foreach (var i in due)
        {
            _thresholds[i] = _thresholds[i] with { State = ThresholdState.Open, FiredAt = now };
            _raised.Add(_thresholds[i]);
        }
    }

    /// <summary>Resolves the open alerts that <paramref name="which"/> selects.</summary>
    public void Resolve(Func<SlaThreshold, bool> which, DateTimeOffset at) => Update(ThresholdState.Open, which, t =>
    {
        var resolved = t with { State = ThresholdState.Resolved, ResolvedAt = at };
        _resolved.Add(resolved);
        return resolved;
    });

    /// <summary>Cancels the pending thresholds that <paramref name="which"/> selects.</summary>
    public void Cancel(Func<SlaThreshold, bool> which, DateTimeOffset at) =>
        Update(ThresholdState.Pending, which, t => t with { State = ThresholdState.Cancelled, ResolvedAt = at });

    /// <summary>Resolves every open alert and cancels every pending threshold: the dossier is done or closed.</summary>
    public void EndAll(DateTimeOffset at)
    {
        Resolve(_ => true, at);
        Cancel(_ => true, at);
    }

    /// <summary>Moves each pending threshold to the instant <paramref name="retime"/> gives; <c>null</c> cancels it.</summary>
    public void Retime(Func<SlaThreshold, DateTimeOffset?> retime, DateTimeOffset at) => Update(ThresholdState.Pending, _ => true, t =>
        retime(t) is { } moved ? t with { At = moved } : t with { State = ThresholdState.Cancelled, ResolvedAt = at });

    public void Add(IEnumerable<SlaThreshold> thresholds) => _thresholds.AddRange(thresholds);

    /// <summary>The applied transition.</summary>
    public ClockTransition Applied() => new(
        Clock with { Thresholds = [.. _thresholds] },
        TransitionOutcome.Applied,
        null,
        [.. _raised],
        [.. _resolved]);

    private void Update(ThresholdState state, Func<SlaThreshold, bool> which, Func<SlaThreshold, SlaThreshold> change)
    {
        for (var i = 0; i < _thresholds.Count; i++)
        {
            if (_thresholds[i].State == state && which(_thresholds[i]))
            {
                _thresholds[i] = change(_thresholds[i]);
            }
        }
    }
}
