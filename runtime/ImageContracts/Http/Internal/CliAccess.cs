using System.Runtime.CompilerServices;

// imagegen (cli/ImageContracts.Cli) prints sizes the way the runtime's messages do (ByteSize), so both read alike.
[assembly: InternalsVisibleTo("ImageContracts.Cli")]
