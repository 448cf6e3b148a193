package cn.lvzhi.common;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A refusal the caller was told about stays out of the error log; a failure of the server does not. */
class ClientMistakesTest {
    private final ClientMistakes filter = new ClientMistakes();

    private boolean logged(Throwable thrown) {
        LogRecord r = new LogRecord(Level.SEVERE, "SRGQL012000: Data Fetching Error");
        r.setLoggerName("io.smallrye.graphql");
        r.setThrown(thrown);
        return filter.isLoggable(r);
    }

    @Test
    void theCallersMistakesAreNotServerErrors() {
        assertFalse(logged(new ValidationException("title", "标题不能为空")));
        assertFalse(logged(new ForbiddenException("无权评价")));
        assertFalse(logged(new ConflictException("事件已被他人更新")));
        assertFalse(logged(new NotFoundException("事件不存在")));
        assertFalse(logged(new UnauthenticatedException("未登录")));
    }

    @Test
    void theServersOwnFailuresAreStillLogged() {
        assertTrue(logged(new InternalException("服务器内部错误")));
        assertTrue(logged(new UnavailableException("数据库暂不可用")));
        assertTrue(logged(new IllegalStateException("a bug")));
        assertTrue(logged(null));
    }
}
