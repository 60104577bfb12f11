using System;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>A test that needs Chromium: skipped, with the reason, only where none is installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Chromium.SkipReason;
}
