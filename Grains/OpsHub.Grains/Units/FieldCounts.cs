namespace OpsHub.Grains.Units;

/// <summary>Dossiers of one unit and procedure field in each SLA state, summed over the whole ledger.</summary>
/// <param name="UnitCode">The unit.</param>
/// <param name="FieldCode">The field; <c>unknown</c> for dossiers whose field was never recorded.</param>
/// <param name="Open">Dossiers in progress (paused ones included).</param>
/// <param name="Paused">Dossiers whose clock is paused.</param>
/// <param name="DueSoon">Dossiers with a warning raised and not yet overdue.</param>
/// <param name="Overdue">Dossiers past their due instant.</param>
public sealed record FieldCounts(string UnitCode, string FieldCode, int Open, int Paused, int DueSoon, int Overdue);
