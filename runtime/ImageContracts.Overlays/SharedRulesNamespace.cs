// The generator compiles the runtime's rule files (runtime/ImageContracts/Rules) under this namespace; here the linked
// parser files find the runtime's own types in ImageContracts first. Declared so their using directives resolve.
namespace ImageContracts.Generator.Shared
{
}
