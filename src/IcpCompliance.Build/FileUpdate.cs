using System;
using System.IO;
using System.Text;
using IcpCompliance.Internal;

namespace IcpCompliance.Build;

/// <summary>Writes a file only when its content changes, so its timestamp, and with it incremental builds and file
/// watchers, stay quiet when nothing changed.</summary>
internal static class FileUpdate
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte order mark unless the file already holds
    /// exactly those bytes. Writes to a temporary file beside it and moves it into place, so a reader never sees a
    /// half-written file.</summary>
    /// <param name="path">The file's full path; missing directories are created.</param>
    /// <param name="content">The content.</param>
    /// <returns>True when the file was written, false when it already held the content.</returns>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    /// <exception cref="System.UnauthorizedAccessException">The file or its directory is not writable.</exception>
    internal static bool WriteIfChanged(string path, string content)
    {
        byte[] bytes = Utf8NoBom.GetBytes(content);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        string? directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
    }

    /// <summary>The error for a file that cannot be written: the path and the system's reason (which repeats the
    /// path) quoted escaped and cut, as a bad setting is. The path comes from the project (a property, a project
    /// folder's name) and reaches the console and the build log, where a control character would act rather than be
    /// seen.</summary>
    /// <param name="path">The file that could not be written.</param>
    /// <param name="error">What writing threw.</param>
    /// <param name="properties">The properties to point at, if any sets the path.</param>
    /// <returns>The ICPB007 diagnostic.</returns>
    internal static BuildDiagnostic WriteFailed(string path, Exception error, params string[] properties)
        => new(DiagnosticCodes.WriteFailed, "Cannot write \"" + QuotedText.Quote(path) + "\": " + QuotedText.Quote(error.Message) + " 无法写入文件。", properties);
}
