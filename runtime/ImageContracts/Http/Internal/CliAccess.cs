using System.Runtime.CompilerServices;

// imagegen (cli/ImageContracts.Cli) builds requests from wire names with WireImageRequest, the same path as the
// IImageGenerator adapter, so a parameter the spec gains needs no change in the command line.
[assembly: InternalsVisibleTo("ImageContracts.Cli")]
