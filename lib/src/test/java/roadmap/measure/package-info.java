/**
 * Publishing measurements: rewriting a README's generated block and reading the versions a
 * report names. Test code, shared with the notebook harness through lib's test-jar.
 */
package roadmap.measure;
