package org.m4d.grants.workflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.m4d.grants.workflow.domain.GrantLifecycle;

/**
 * The models and the handlers in step: every user task in {@code bpmn/} has exactly one handler
 * and a form fragment its {@code camunda:formKey} names, and every handler serves a user task.
 */
class TaskHandlersTest {

    /** The user tasks of every model, by id, with their form keys. */
    static Map<String, String> userTasks() {
        Map<String, String> tasks = new LinkedHashMap<>();
        try (Stream<Path> models = Files.walk(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                for (UserTask task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
                    tasks.put(task.getId(), task.getCamundaFormKey());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tasks;
    }

    @Test
    void everyUserTaskHasOneHandlerAndEveryHandlerATask() {
        List<String> handled = TaskHandlers.all().stream().map(TaskHandler::taskKey).toList();

        assertThat(userTasks()).hasSize(26);
        assertThat(handled).doesNotHaveDuplicates();
        assertThat(handled).containsExactlyInAnyOrderElementsOf(userTasks().keySet());
    }

    /** The inbox's step filter offers the steps in lifecycle order from this list: it must name them all. */
    @Test
    void theInboxFilterOffersEveryUserTask() {
        assertThat(GrantLifecycle.USER_TASKS).containsExactlyInAnyOrderElementsOf(userTasks().keySet());
    }

    @Test
    void everyFormKeyNamesAFragmentOfTheTaskPage() {
        userTasks().forEach((task, formKey) -> {
            assertThat(formKey).as("form key of %s", task).isEqualTo("tasks/" + task + ".xhtml");
            assertThat(Path.of("src/main/webapp/WEB-INF", formKey)).as("fragment of %s", task).isRegularFile();
        });
    }

    @Test
    void everyPayloadIsARecordSoThatItsMembersAreItsFields() {
        assertThat(TaskHandlers.all()).allSatisfy(handler ->
                assertThat(handler.payloadType().isRecord()).as(handler.taskKey()).isTrue());
    }
}
