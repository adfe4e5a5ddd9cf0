package roadmap.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class DatasetShapesTest {
    @Test
    void measuredShapesMatchTheManifestForEveryKindOfFile() {
        assertEquals(Optional.of("178x14"), DatasetShapes.measure("wine"));
        assertEquals(Optional.of("107x160"), DatasetShapes.measure("china-gray"));
        assertEquals(Optional.of("10000x784"), DatasetShapes.measure("fashion-test-images"));
        assertEquals(Optional.of("10000x1"), DatasetShapes.measure("fashion-test-labels"));
        assertEquals(Optional.empty(), DatasetShapes.measure("resnet20-fashion"));
    }

    @Test
    void everyManifestEntryWithAMeasurableShapeAgrees() {
        for (ManifestEntry entry : Manifest.load().entries()) {
            DatasetShapes.measure(entry.name())
                    .ifPresent(shape -> assertEquals(entry.shape(), shape, entry.file()));
        }
    }
}
