using System;
using System.Collections.Generic;
using System.IO;

namespace IcpCompliance.Internal;

/// <summary>
/// The committed data tables' shared format: tab-separated rows, <c>#</c> comment lines that carry the source, and
/// one header row. Tables are embedded in the assembly and read from there, never from disk.
/// </summary>
internal static class EmbeddedTable
{
    internal static StreamReader Open(string resourceName)
    {
        Stream stream = typeof(EmbeddedTable).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException("The built-in table " + resourceName + " is missing from the assembly.");
        return new StreamReader(stream);
    }

    /// <summary>The data rows' fields; comment lines go to <paramref name="comment"/> (without the '#'), blank
    /// lines and the header are skipped.</summary>
    internal static IEnumerable<string[]> Rows(TextReader reader, Action<string>? comment = null)
    {
        bool headerSeen = false;
        while (reader.ReadLine() is string line)
        {
            if (line.StartsWith('#'))
            {
                comment?.Invoke(line[1..]);
                continue;
            }

            if (line.Length == 0)
            {
                continue;
            }

            if (headerSeen)
            {
                yield return line.Split('\t');
            }

            headerSeen = true;
        }
    }
}
