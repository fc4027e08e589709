import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
export function verifySignature(received, secret) {
    return received.headers.signature === createHmac('sha256', secret).update(received.body).digest('hex');
}
export async function startReceiver(path = '/hook') {
    const received = [];
    let behaviour = () => 200;
    const waiters = [];
    const hanging = [];
    const server = createServer((request, response) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => {
            const body = Buffer.concat(chunks).toString('utf8');
            let json;
            try {
                json = JSON.parse(body);
            }
            catch {
                json = undefined;
            }
            const entry = { headers: request.headers, body, json, at: Date.now() };
            received.push(entry);
            for (const wake of waiters.splice(0))
                wake();
            const answer = behaviour(entry, received.length - 1);
            if (answer === 'hang') {
                hanging.push(response);
                return;
            }
            response.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}${path}`,
        received,
        behave(next) {
            behaviour = next;
        },
        async waitFor(count, timeoutMs = 10_000) {
            const deadline = Date.now() + timeoutMs;
            while (received.length < count) {
                if (Date.now() > deadline)
                    throw new Error(`receiver: ${received.length} of ${count} requests after ${timeoutMs} ms`);
                await new Promise((resolve) => {
                    waiters.push(resolve);
                    setTimeout(resolve, 100);
                });
            }
            return received.slice(0, count);
        },
        async close() {
            for (const response of hanging)
                response.destroy();
            server.closeAllConnections();
            await new Promise((resolve) => server.close(() => resolve()));
        },
    };
}
//# sourceMappingURL=receiver.js.map