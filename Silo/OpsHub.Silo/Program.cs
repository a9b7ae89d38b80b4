using OpsHub.Dashboard;
using OpsHub.Grains;
using OpsHub.Ingest;
using OpsHub.Ingest.Http;
using OpsHub.Silo.Api;
using OpsHub.Silo.Hosting;
using OpsHub.Silo.Storage;

var builder = WebApplication.CreateBuilder(args);
var connectionString = await builder.AddOpsHubStorageAsync();
builder.AddOpsHubSilo(connectionString);
builder.Services.AddOpsHubGrains();
builder.Services.AddIngest();
builder.Services.AddDashboard();
builder.Services.AddOpsHubApi();

var app = builder.Build();
app.UseOpsHubApi();
app.MapOpsHubApi();
app.MapIngestEndpoints();
app.MapDashboard();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
