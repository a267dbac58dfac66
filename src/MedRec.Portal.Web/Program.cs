using MedRec.Portal.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalWeb();

var app = builder.Build();
app.UsePortalPipeline();
app.MapPortalEndpoints();
await app.RunAsync();

/// <summary>The web host's entry point; public so that WebApplicationFactory can start it in tests.</summary>
public partial class Program;
