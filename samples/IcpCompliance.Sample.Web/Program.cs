using IcpCompliance.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();

// Binds the "IcpCompliance" section of appsettings.json and checks it before the app serves a page.
builder.Services.AddIcpCompliance();

var app = builder.Build();
app.UseStaticFiles();
app.MapRazorPages();

// The footer alone, for pages that Razor does not write (a single-page app can fetch it).
app.MapGet("/icp-footer", (SiteFooter footer) => Results.Content(footer.Html, "text/html; charset=utf-8"));

app.Run();

/// <summary>The sample's entry point, public so that tests can host it.</summary>
public partial class Program;
