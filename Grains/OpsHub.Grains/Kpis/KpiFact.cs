namespace OpsHub.Grains.Kpis;

/// <summary>Something that happened to a dossier that the KPIs count; stored once per dossier and <see cref="Fact"/>.</summary>
/// <param name="DossierCode">The dossier.</param>
/// <param name="Fact"><c>received</c>, <c>done</c>, <c>withdrawn</c> or <c>rated</c>.</param>
/// <param name="UnitCode">The unit that must decide it.</param>
/// <param name="ProcedureCode">Its procedure.</param>
/// <param name="FieldCode">The procedure's field, or <c>unknown</c>.</param>
/// <param name="Channel">1 counter, 2 online, 3 post.</param>
/// <param name="At">When it happened.</param>
/// <param name="Value">done: 1 early, 2 on time, 3 late; rated: 1 very satisfied, 2 satisfied, 3 not satisfied; else 0.</param>
public sealed record KpiFact(string DossierCode, string Fact, string UnitCode, string ProcedureCode, string FieldCode, int Channel, DateTimeOffset At, int Value = 0)
{
    public const string Received = "received";
    public const string Done = "done";
    public const string Withdrawn = "withdrawn";
    public const string Rated = "rated";
}
