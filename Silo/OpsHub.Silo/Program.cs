using OpsHub.Dashboard;
using OpsHub.Grains;
using OpsHub.Ingest;
using OpsHub.Ingest.Http;
using OpsHub.Silo.Alerting;
using OpsHub.Silo.Api;
using OpsHub.Silo.Hosting;
using OpsHub.Silo.Storage;

var builder = WebApplication.CreateBuilder(args);

// run.sh serves from the build output in every environment, so the dashboard's static assets (and Blazor's
// own scripts) are found through the build's static-web-assets manifest; a published app has no manifest and
// serves them from wwwroot instead.
builder.WebHost.UseStaticWebAssets();
var connectionString = await builder.AddOpsHubStorageAsync();
builder.AddOpsHubSilo(connectionString);
builder.Services.AddOpsHubGrains();
builder.Services.AddIngest();
builder.Services.AddDashboard();
builder.Services.AddOpsHubApi();
builder.Services.AddOpsHubAlerting();

var app = builder.Build();
app.UseOpsHubApi();
app.MapOpsHubApi();
app.MapIngestEndpoints(OpsHub.Dashboard.Auth.OpsHubPolicies.Ops);
app.MapDashboard();
app.MapAlertEndpoints();
app.Run();

/// <summary>The entry point, visible to <c>WebApplicationFactory</c> in tests.</summary>
public partial class Program;
