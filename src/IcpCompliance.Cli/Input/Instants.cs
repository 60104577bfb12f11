using System.IO;
using IcpCompliance.Cli.Output;
using NodaTime;
using NodaTime.Text;

namespace IcpCompliance.Cli.Input;

/// <summary>Reads an instant given on the command line; without one, the front end (never the library) reads the
/// clock.</summary>
internal static class Instants
{
    internal static bool TryParse(string? text, string option, TextWriter error, out Instant instant)
    {
        if (text is null)
        {
            instant = SystemClock.Instance.GetCurrentInstant();
            return true;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (offset.Success)
        {
            instant = offset.Value.ToInstant();
            return true;
        }

        var utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            instant = utc.Value;
            return true;
        }

        instant = default;
        error.WriteLine("error: " + option + " must be an instant such as 2026-03-05T10:00:00+08:00 or 2026-03-05T02:00:00Z, not '" + DisplayWidth.Printable(text, 40, out _) + "'");
        return false;
    }
}
