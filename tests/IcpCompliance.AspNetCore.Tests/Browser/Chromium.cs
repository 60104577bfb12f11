using System;
using System.IO;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>
/// Where the tests find Chromium: <c>ICP_CHROMIUM</c> when set, else Debian's <c>/usr/bin/chromium</c>, which
/// <c>.ci/run</c> installs with apt-get. Browser drivers' own browser downloads cannot reach their hosts here, so the
/// tests never download one.
/// </summary>
internal static class Chromium
{
    internal const string DefaultPath = "/usr/bin/chromium";

    internal static string Path => Environment.GetEnvironmentVariable("ICP_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    internal static bool IsInstalled => File.Exists(Path);

    /// <summary>Why a browser test is skipped: null where Chromium is installed.</summary>
    internal static string? SkipReason => IsInstalled ? null : MissingReason;

    internal static string MissingReason =>
        "No Chromium at " + Path + ": install Debian's chromium and fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk; "
        + ".ci/run does) or set ICP_CHROMIUM to a Chromium binary. The browser tests cannot run without one.";

    /// <summary>The switches a headless Chromium needs on this network: no sandbox (CI runs as root), no GPU, none of
    /// the background connections that a closed network refuses, and no host but loopback.</summary>
    internal static readonly string[] Switches =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        // Nothing but the test's own loopback site is reached: every other host name is mapped, without a DNS
        // query, to a closed loopback port, so a click on a footer link opens its address and sends nothing off the
        // machine. (Mapped to "not found" instead, the error page would send a DNS probe of its own.) PuppeteerSharp
        // joins the switches into one command line: the quotes keep this one whole.
        "--host-resolver-rules=\"MAP * 127.0.0.1:1, EXCLUDE 127.0.0.1\"",
        "--font-render-hinting=none",
    ];
}
