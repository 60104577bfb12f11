using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace IcpCompliance.Serialization;

/// <summary>A converter of the library that can describe its type to options that do not hold it
/// (<see cref="LibraryConverterResolver"/>), without reflection: each converter knows its own type statically.</summary>
internal interface ILibraryConverter
{
    /// <summary>The metadata of the converted type, written and read by this converter.</summary>
    /// <param name="options">The options the metadata is for.</param>
    /// <returns>The metadata.</returns>
    JsonTypeInfo CreateTypeInfo(JsonSerializerOptions options);
}
