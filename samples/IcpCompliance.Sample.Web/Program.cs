using IcpCompliance.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRazorPages();

// Reads the "IcpCompliance" section of appsettings.json and checks it before the app serves a page.
builder.Services.AddIcpCompliance();

var app = builder.Build();
app.UseStaticFiles();
app.MapRazorPages();
app.Run();

/// <summary>The sample's entry point, public so that tests can host it.</summary>
public partial class Program;
