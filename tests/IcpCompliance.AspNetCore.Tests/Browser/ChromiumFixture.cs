using System;
using System.IO;
using System.Threading.Tasks;
using PuppeteerSharp;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>One headless Chromium for every browser test, with a fresh profile that is deleted afterwards.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private readonly string _profile = Path.Combine(Path.GetTempPath(), "icp-chromium-" + Guid.NewGuid().ToString("N"));
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException(Chromium.MissingReason);

    public async Task InitializeAsync()
    {
        if (!Chromium.IsInstalled)
        {
            return;
        }

        Directory.CreateDirectory(_profile);
        _browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            UserDataDir = _profile,
            Args = Chromium.Switches,
            Timeout = 60_000,
        });
    }

    /// <summary>A new page (tab) with a 1280×800 viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800, double scale = 1)
    {
        IPage page = await Browser.NewPageAsync();
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height, DeviceScaleFactor = scale });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }

        if (Directory.Exists(_profile))
        {
            Directory.Delete(_profile, recursive: true);
        }
    }
}

/// <summary>The browser tests share one Chromium and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ChromiumCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Chromium";
}
