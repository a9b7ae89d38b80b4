namespace OpsHub.Grains.Units;

/// <summary>What one change of a dossier does to its unit's counts (each delta −1, 0 or +1).</summary>
/// <param name="UnitCode">The unit that counts the dossier.</param>
/// <param name="FieldCode">The procedure's field, when the catalogue knows the procedure.</param>
/// <param name="ProcedureCode">The dossier's procedure.</param>
/// <param name="Open">Change to the dossiers in progress.</param>
/// <param name="Overdue">Change to the dossiers past their due instant.</param>
/// <param name="Paused">Change to the dossiers whose clock is paused.</param>
/// <param name="DueSoon">Change to the dossiers with a warning raised and not yet overdue.</param>
/// <param name="At">When the change happened.</param>
public sealed record LedgerChange(string UnitCode, string? FieldCode, string? ProcedureCode, int Open, int Overdue, int Paused, int DueSoon, DateTimeOffset At)
{
    /// <summary>Whether the unit's open or overdue figures move (what the unit grain and the wall screen show).</summary>
    public bool MovesUnitFigures => Open != 0 || Overdue != 0;

    /// <summary>Whether any count moves.</summary>
    public bool IsEmpty => !MovesUnitFigures && Paused == 0 && DueSoon == 0;
}
